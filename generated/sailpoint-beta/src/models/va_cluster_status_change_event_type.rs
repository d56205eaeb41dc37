//! `VaClusterStatusChangeEventType`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/type`.

/// Type of the object that initiated the event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaClusterStatusChangeEventType {
    /// `SOURCE`
    Source,
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaClusterStatusChangeEventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaClusterStatusChangeEventType::Source => "SOURCE",
            VaClusterStatusChangeEventType::Cluster => "CLUSTER",
            VaClusterStatusChangeEventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for VaClusterStatusChangeEventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => VaClusterStatusChangeEventType::Source,
            "CLUSTER" => VaClusterStatusChangeEventType::Cluster,
            other => VaClusterStatusChangeEventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(VaClusterStatusChangeEventType);
