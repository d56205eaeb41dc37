//! `ManagedClusterEncryptionConfigFormat`, from `beta/schemas/ManagedClusterEncryptionConfig.yaml`.
crate::string_enum! {
    #[doc =
    " Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed."]
    pub enum ManagedClusterEncryptionConfigFormat { #[doc = " `V2`"] V2 = "V2", #[doc =
    " `V3`"] V3 = "V3", }
}
