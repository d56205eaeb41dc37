//! `TriggersCertificationreferenceType`, from `apis/triggers/schemas/certificationreference.yaml#/properties/type`.

/// `TriggersCertificationreferenceType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TriggersCertificationreferenceType {
    /// `CERTIFICATION`
    Certification,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TriggersCertificationreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TriggersCertificationreferenceType::Certification => "CERTIFICATION",
            TriggersCertificationreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TriggersCertificationreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => TriggersCertificationreferenceType::Certification,
            other => TriggersCertificationreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TriggersCertificationreferenceType);
