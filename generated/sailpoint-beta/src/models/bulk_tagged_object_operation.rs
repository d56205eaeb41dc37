//! `BulkTaggedObjectOperation`, from `beta/schemas/BulkTaggedObject.yaml#/properties/operation`.

/// If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object.
///
/// If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkTaggedObjectOperation {
    /// `APPEND`
    Append,
    /// `MERGE`
    Merge,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BulkTaggedObjectOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BulkTaggedObjectOperation::Append => "APPEND",
            BulkTaggedObjectOperation::Merge => "MERGE",
            BulkTaggedObjectOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkTaggedObjectOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPEND" => BulkTaggedObjectOperation::Append,
            "MERGE" => BulkTaggedObjectOperation::Merge,
            other => BulkTaggedObjectOperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BulkTaggedObjectOperation);
