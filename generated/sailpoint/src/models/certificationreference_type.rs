//! `CertificationreferenceType`, from `apis/certifications/schemas/certificationreference.yaml#/properties/type`.

/// `CertificationreferenceType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationreferenceType {
    /// `CERTIFICATION`
    Certification,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationreferenceType::Certification => "CERTIFICATION",
            CertificationreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => CertificationreferenceType::Certification,
            other => CertificationreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationreferenceType);
