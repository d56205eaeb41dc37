//! `Sodpolicydto2Type`, from `apis/sod-violations/schemas/sodpolicydto-2.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sodpolicydto2Type {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Sodpolicydto2Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Sodpolicydto2Type::SodPolicy => "SOD_POLICY",
            Sodpolicydto2Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for Sodpolicydto2Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => Sodpolicydto2Type::SodPolicy,
            other => Sodpolicydto2Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Sodpolicydto2Type);
