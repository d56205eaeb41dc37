//! `CertificationtaskTargetType`, from `apis/certification-campaigns/schemas/certificationtask.yaml#/properties/targetType`.

/// The type of item that is being operated on by this task whose ID is stored in the targetId field.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationtaskTargetType {
    /// `CERTIFICATION`
    Certification,
    /// `CAMPAIGN`
    Campaign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationtaskTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationtaskTargetType::Certification => "CERTIFICATION",
            CertificationtaskTargetType::Campaign => "CAMPAIGN",
            CertificationtaskTargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationtaskTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => CertificationtaskTargetType::Certification,
            "CAMPAIGN" => CertificationtaskTargetType::Campaign,
            other => CertificationtaskTargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationtaskTargetType);
