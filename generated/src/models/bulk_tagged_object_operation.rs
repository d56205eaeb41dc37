//! `BulkTaggedObjectOperation`, from `beta/schemas/BulkTaggedObject.yaml`.
crate::string_enum! {
    #[doc =
    " If APPEND, tags are appended to the list of tags for the object. A 400 error is returned if this would add duplicate tags to the object."]
    #[doc = " "] #[doc =
    " If MERGE, tags are merged with the existing tags. Duplicate tags are silently ignored."]
    pub enum BulkTaggedObjectOperation { #[doc = " `APPEND`"] Append = "APPEND", #[doc =
    " `MERGE`"] Merge = "MERGE", }
}
