/** The pair page's enhancements: copy buttons, the print button, the compare controls. */
import { attach } from '../attach';
import { enhanceCompareControls } from '../compare';
import { enhanceCopy } from '../copy';
import { enhancePrint } from '../print';

enhanceCompareControls();
attach({ '[data-copy]': enhanceCopy, '[data-print]': enhancePrint });
