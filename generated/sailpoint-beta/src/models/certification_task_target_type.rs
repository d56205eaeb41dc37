//! `CertificationTaskTargetType`, from `beta/schemas/CertificationTask.yaml#/properties/targetType`.

/// The type of item that is being operated on by this task whose ID is stored in the targetId field.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationTaskTargetType {
    /// `CERTIFICATION`
    Certification,
    /// `CAMPAIGN`
    Campaign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationTaskTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationTaskTargetType::Certification => "CERTIFICATION",
            CertificationTaskTargetType::Campaign => "CAMPAIGN",
            CertificationTaskTargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationTaskTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => CertificationTaskTargetType::Certification,
            "CAMPAIGN" => CertificationTaskTargetType::Campaign,
            other => CertificationTaskTargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationTaskTargetType);
