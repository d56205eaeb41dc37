//! `DimensionrefType`, from `apis/roles/schemas/dimensionref.yaml#/properties/type`.

/// The type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DimensionrefType {
    /// `DIMENSION`
    Dimension,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DimensionrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DimensionrefType::Dimension => "DIMENSION",
            DimensionrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DimensionrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DIMENSION" => DimensionrefType::Dimension,
            other => DimensionrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DimensionrefType);
