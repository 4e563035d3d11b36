-- Four eyes before publishing covers council decisions and documents too (issue 18, item 5).
ALTER TYPE "PublishTargetKind" ADD VALUE 'DECISION';
ALTER TYPE "PublishTargetKind" ADD VALUE 'DOCUMENT';
