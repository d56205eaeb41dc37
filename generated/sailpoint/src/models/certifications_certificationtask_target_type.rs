//! `CertificationsCertificationtaskTargetType`, from `apis/certifications/schemas/certificationtask.yaml#/properties/targetType`.

/// The type of item that is being operated on by this task whose ID is stored in the targetId field.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationsCertificationtaskTargetType {
    /// `CERTIFICATION`
    Certification,
    /// `CAMPAIGN`
    Campaign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationsCertificationtaskTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationsCertificationtaskTargetType::Certification => "CERTIFICATION",
            CertificationsCertificationtaskTargetType::Campaign => "CAMPAIGN",
            CertificationsCertificationtaskTargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationsCertificationtaskTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => CertificationsCertificationtaskTargetType::Certification,
            "CAMPAIGN" => CertificationsCertificationtaskTargetType::Campaign,
            other => CertificationsCertificationtaskTargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationsCertificationtaskTargetType);
