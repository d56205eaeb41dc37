//! `OutliervaluetypeName`, from `apis/iai-outliers/schemas/outliervaluetype.yaml#/properties/name`.

/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OutliervaluetypeName {
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OutliervaluetypeName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OutliervaluetypeName::Integer => "INTEGER",
            OutliervaluetypeName::Float => "FLOAT",
            OutliervaluetypeName::Unknown(value) => value,
        }
    }
}

impl From<&str> for OutliervaluetypeName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTEGER" => OutliervaluetypeName::Integer,
            "FLOAT" => OutliervaluetypeName::Float,
            other => OutliervaluetypeName::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(OutliervaluetypeName);
