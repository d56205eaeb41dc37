//! `PasswordInfoAccount`, from `beta/schemas/PasswordInfoAccount.yaml`.

/// `PasswordInfoAccount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordInfoAccount {
    /// Account ID of the account. This is specified per account schema in the source configuration. It is used to distinguish accounts. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-ID-for-a/ta-p/80350>
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_id: Option<String>,
    /// Display name of the account. This is specified per account schema in the source configuration. It is used to display name of the account. More info can be found here <https://community.sailpoint.com/t5/IdentityNow-Connectors/How-do-I-designate-an-account-attribute-as-the-Account-Name-for/ta-p/74008>
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordInfoAccount {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordInfoAccount {
            account_id: None,
            account_name: None,
            additional_properties: Default::default(),
        }
    }
}
