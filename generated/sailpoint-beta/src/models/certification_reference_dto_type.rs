//! `CertificationReferenceDtoType`, from `v3/schemas/CertificationReferenceDto.yaml#/properties/type`.

/// DTO type of certification for review.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationReferenceDtoType {
    /// `CERTIFICATION`
    Certification,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationReferenceDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationReferenceDtoType::Certification => "CERTIFICATION",
            CertificationReferenceDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationReferenceDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => CertificationReferenceDtoType::Certification,
            other => CertificationReferenceDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationReferenceDtoType);
