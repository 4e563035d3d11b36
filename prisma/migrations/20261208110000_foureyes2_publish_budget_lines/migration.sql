-- Four eyes before publishing covers the public flag of budget lines too: with PUBLISH_REVIEW on,
-- flagging a line of a public initiative public is a publication request of this kind.
ALTER TYPE "PublishTargetKind" ADD VALUE 'BUDGET_LINE';
