//! `SourceAccountCorrelationConfigType`, from `apis/sources/schemas/source.yaml#/properties/accountCorrelationConfig/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceAccountCorrelationConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceAccountCorrelationConfigType::AccountCorrelationConfig => {
                "ACCOUNT_CORRELATION_CONFIG"
            }
            SourceAccountCorrelationConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceAccountCorrelationConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => {
                SourceAccountCorrelationConfigType::AccountCorrelationConfig
            }
            other => SourceAccountCorrelationConfigType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceAccountCorrelationConfigType);
