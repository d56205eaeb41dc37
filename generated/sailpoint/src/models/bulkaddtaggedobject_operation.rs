//! `BulkaddtaggedobjectOperation`, from `apis/tagged-objects/schemas/bulkaddtaggedobject.yaml#/properties/operation`.

/// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
///
/// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkaddtaggedobjectOperation {
    /// `APPEND`
    Append,
    /// `MERGE`
    Merge,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkaddtaggedobjectOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkaddtaggedobjectOperation::Append => "APPEND",
            BulkaddtaggedobjectOperation::Merge => "MERGE",
            BulkaddtaggedobjectOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkaddtaggedobjectOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPEND" => BulkaddtaggedobjectOperation::Append,
            "MERGE" => BulkaddtaggedobjectOperation::Merge,
            other => BulkaddtaggedobjectOperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BulkaddtaggedobjectOperation);
