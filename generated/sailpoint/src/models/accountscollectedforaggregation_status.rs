//! `AccountscollectedforaggregationStatus`, from `apis/triggers/schemas/accountscollectedforaggregation.yaml#/properties/status`.

/// The overall status of the collection.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountscollectedforaggregationStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountscollectedforaggregationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountscollectedforaggregationStatus::Success => "Success",
            AccountscollectedforaggregationStatus::Failed => "Failed",
            AccountscollectedforaggregationStatus::Terminated => "Terminated",
            AccountscollectedforaggregationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountscollectedforaggregationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => AccountscollectedforaggregationStatus::Success,
            "Failed" => AccountscollectedforaggregationStatus::Failed,
            "Terminated" => AccountscollectedforaggregationStatus::Terminated,
            other => AccountscollectedforaggregationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountscollectedforaggregationStatus);
