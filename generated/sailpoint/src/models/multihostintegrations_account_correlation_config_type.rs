//! `MultihostintegrationsAccountCorrelationConfigType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/accountCorrelationConfig/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsAccountCorrelationConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsAccountCorrelationConfigType::AccountCorrelationConfig => {
                "ACCOUNT_CORRELATION_CONFIG"
            }
            MultihostintegrationsAccountCorrelationConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsAccountCorrelationConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => {
                MultihostintegrationsAccountCorrelationConfigType::AccountCorrelationConfig
            }
            other => {
                MultihostintegrationsAccountCorrelationConfigType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsAccountCorrelationConfigType);
