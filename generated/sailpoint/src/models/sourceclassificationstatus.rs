//! `Sourceclassificationstatus`, from `apis/classify-source/schemas/sourceclassificationstatus.yaml`.

use crate::models::Sourceclassificationstatus2;

/// `Sourceclassificationstatus` as the spec defines it.
pub type Sourceclassificationstatus = Sourceclassificationstatus2;
