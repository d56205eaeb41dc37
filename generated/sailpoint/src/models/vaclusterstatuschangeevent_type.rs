//! `VaclusterstatuschangeeventType`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml#/properties/type`.

/// The type of the object that initiated this event.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaclusterstatuschangeeventType {
    /// `SOURCE`
    Source,
    /// `CLUSTER`
    Cluster,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaclusterstatuschangeeventType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaclusterstatuschangeeventType::Source => "SOURCE",
            VaclusterstatuschangeeventType::Cluster => "CLUSTER",
            VaclusterstatuschangeeventType::Unknown(value) => value,
        }
    }
}

impl From<&str> for VaclusterstatuschangeeventType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => VaclusterstatuschangeeventType::Source,
            "CLUSTER" => VaclusterstatuschangeeventType::Cluster,
            other => VaclusterstatuschangeeventType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(VaclusterstatuschangeeventType);
