//! `Reassignmenttraildtolist`, from `apis/certification-campaigns/schemas/reassignmenttraildtolist.yaml`.

use crate::models::Reassignmenttraildto;

/// Reassignment trails that lead to self certification identity
pub type Reassignmenttraildtolist = Vec<Reassignmenttraildto>;
