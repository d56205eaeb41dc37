//! `CertificationSignedOff`, from `beta/schemas/trigger/example-input/CertificationSignedOff.yaml`.

use crate::models::CertificationSignedOffCertification;

/// `CertificationSignedOff` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CertificationSignedOff {
    /// Certification campaign that was signed off on.
    pub certification: CertificationSignedOffCertification,
}

impl CertificationSignedOff {
    /// Builds the value from its required fields.
    pub fn new(certification: CertificationSignedOffCertification) -> Self {
        CertificationSignedOff {
            certification,
        }
    }
}
