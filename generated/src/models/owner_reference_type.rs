//! `OwnerReferenceType`, from `v3/schemas/access/OwnerReference.yaml`.
crate::string_enum! {
    #[doc =
    " Owner type. This field must be either left null or set to 'IDENTITY' on input, otherwise a 400 Bad Request error will result."]
    pub enum OwnerReferenceType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
