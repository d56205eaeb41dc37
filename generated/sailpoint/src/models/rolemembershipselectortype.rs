//! `Rolemembershipselectortype`, from `apis/roles/schemas/rolemembershipselectortype.yaml`.

/// This enum characterizes the type of a Role's membership selector. Only the following two are fully supported:
///
/// STANDARD: Indicates that Role membership is defined in terms of a criteria expression
///
/// IDENTITY_LIST: Indicates that Role membership is conferred on the specific identities listed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rolemembershipselectortype {
    /// `STANDARD`
    Standard,
    /// `IDENTITY_LIST`
    IdentityList,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Rolemembershipselectortype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Rolemembershipselectortype::Standard => "STANDARD",
            Rolemembershipselectortype::IdentityList => "IDENTITY_LIST",
            Rolemembershipselectortype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Rolemembershipselectortype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Rolemembershipselectortype::Standard,
            "IDENTITY_LIST" => Rolemembershipselectortype::IdentityList,
            other => Rolemembershipselectortype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Rolemembershipselectortype);
