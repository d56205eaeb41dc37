//! `MultihostsourcesAccountCorrelationConfigType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/accountCorrelationConfig/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesAccountCorrelationConfigType {
    /// `ACCOUNT_CORRELATION_CONFIG`
    AccountCorrelationConfig,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesAccountCorrelationConfigType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesAccountCorrelationConfigType::AccountCorrelationConfig => {
                "ACCOUNT_CORRELATION_CONFIG"
            }
            MultihostsourcesAccountCorrelationConfigType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesAccountCorrelationConfigType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_CORRELATION_CONFIG" => {
                MultihostsourcesAccountCorrelationConfigType::AccountCorrelationConfig
            }
            other => {
                MultihostsourcesAccountCorrelationConfigType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostsourcesAccountCorrelationConfigType);
