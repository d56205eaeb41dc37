//! `SodPolicyDtoType`, from `beta/schemas/SodPolicyDto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPolicyDtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPolicyDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPolicyDtoType::SodPolicy => "SOD_POLICY",
            SodPolicyDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPolicyDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => SodPolicyDtoType::SodPolicy,
            other => SodPolicyDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPolicyDtoType);
