export { NhsAppNudge, type NhsAppNudgeProps, type NudgePlacement } from './nhs-app-nudge';
