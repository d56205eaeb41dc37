//! `SodpolicydtoType`, from `apis/access-request-approvals/schemas/sodpolicydto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicydtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicydtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicydtoType::SodPolicy => "SOD_POLICY",
            SodpolicydtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicydtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => SodpolicydtoType::SodPolicy,
            other => SodpolicydtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicydtoType);
