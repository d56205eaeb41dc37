//! `CertificationsReassignmenttraildtolist`, from `apis/certifications/schemas/reassignmenttraildtolist.yaml`.

use crate::models::CertificationsReassignmenttraildto;

/// Reassignment trails that lead to self certification identity
pub type CertificationsReassignmenttraildtolist = Vec<
    CertificationsReassignmenttraildto,
>;
