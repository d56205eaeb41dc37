//! `MultiHostSourcesAccountCorrelationConfigType`, from `beta/schemas/MultiHostSources.yaml#/properties/accountCorrelationConfig/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesAccountCorrelationConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesAccountCorrelationConfigType::AccountCorrelationConfig => {
                "ACCOUNT_CORRELATION_CONFIG"
            }
            MultiHostSourcesAccountCorrelationConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesAccountCorrelationConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => {
                MultiHostSourcesAccountCorrelationConfigType::AccountCorrelationConfig
            }
            other => {
                MultiHostSourcesAccountCorrelationConfigType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesAccountCorrelationConfigType);
