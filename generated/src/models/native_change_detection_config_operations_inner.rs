//! `NativeChangeDetectionConfigOperationsInner`, from `beta/schemas/NativeChangeDetectionConfig.yaml`.
crate::string_enum! {
    #[doc = " `NativeChangeDetectionConfigOperationsInner` as the spec defines it."] pub
    enum NativeChangeDetectionConfigOperationsInner { #[doc = " `ACCOUNT_UPDATED`"]
    AccountUpdated = "ACCOUNT_UPDATED", #[doc = " `ACCOUNT_CREATED`"] AccountCreated =
    "ACCOUNT_CREATED", #[doc = " `ACCOUNT_DELETED`"] AccountDeleted = "ACCOUNT_DELETED",
    }
}
