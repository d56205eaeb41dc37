//! `AccountActivityItemOperation`, from `v3/schemas/AccountActivityItemOperation.yaml`.
crate::string_enum! {
    #[doc = " Represents an operation in an account activity item"] pub enum
    AccountActivityItemOperation { #[doc = " `ADD`"] Add = "ADD", #[doc = " `CREATE`"]
    Create = "CREATE", #[doc = " `MODIFY`"] Modify = "MODIFY", #[doc = " `DELETE`"]
    Delete = "DELETE", #[doc = " `DISABLE`"] Disable = "DISABLE", #[doc = " `ENABLE`"]
    Enable = "ENABLE", #[doc = " `UNLOCK`"] Unlock = "UNLOCK", #[doc = " `LOCK`"] Lock =
    "LOCK", #[doc = " `REMOVE`"] Remove = "REMOVE", #[doc = " `SET`"] Set = "SET", }
}
