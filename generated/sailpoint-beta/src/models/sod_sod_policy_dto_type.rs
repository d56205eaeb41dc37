//! `SodSodPolicyDtoType`, from `beta/schemas/sod/models/SodPolicyDto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodSodPolicyDtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodSodPolicyDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodSodPolicyDtoType::SodPolicy => "SOD_POLICY",
            SodSodPolicyDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodSodPolicyDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => SodSodPolicyDtoType::SodPolicy,
            other => SodSodPolicyDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodSodPolicyDtoType);
