//! `Dimensionmembershipselectortype`, from `apis/dimensions/schemas/dimensionmembershipselectortype.yaml`.

/// This enum characterizes the type of a Dimension's membership selector. Only the STANDARD type supported:
///
/// STANDARD: Indicates that Dimension membership is defined in terms of a criteria expression
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dimensionmembershipselectortype {
    /// `STANDARD`
    Standard,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Dimensionmembershipselectortype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Dimensionmembershipselectortype::Standard => "STANDARD",
            Dimensionmembershipselectortype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Dimensionmembershipselectortype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Dimensionmembershipselectortype::Standard,
            other => Dimensionmembershipselectortype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Dimensionmembershipselectortype);
