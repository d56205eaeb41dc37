//! `Requesteditemaccountselections`, from `apis/access-requests/schemas/requesteditemaccountselections.yaml`.

use crate::models::{RequesteditemaccountselectionsType, Sourceaccountselections};

/// `Requesteditemaccountselections` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Requesteditemaccountselections {
    /// The description for this requested item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// This field indicates if account selections are not allowed for this requested item.
    /// * If true, this field indicates that account selections will not be available for this item and identity combination. In this case, no account selections should be provided in the access request for this item and identity combination, irrespective of whether the identity has single or multiple accounts on a source.
    /// * An example is where a user is requesting an access profile that is already assigned to one of their accounts.
    /// * For machine identities, this can be true with reason `NO_ACCOUNT_ON_SOURCE` when the machine has no account on a requested source. Empty `sources[].accounts` on the accounts-selection response is valid in that blocked case; submitting empty accounts on create is not valid.
    #[serde(
        rename = "accountsSelectionBlocked",
        skip_serializing_if = "Option::is_none"
    )]
    pub accounts_selection_blocked: Option<bool>,
    /// If account selections are not allowed for an item, this field will denote the reason.
    /// * `ACCESS_PROFILE_ALREADY_ASSIGNED_TO_AN_ACCOUNT` - access profile already assigned on an account.
    /// * `NO_ACCOUNT_ON_SOURCE` - no account found on at least one requested source (only for machine identities).
    #[serde(
        rename = "accountsSelectionBlockedReason",
        skip_serializing_if = "Option::is_none"
    )]
    pub accounts_selection_blocked_reason: Option<String>,
    /// The type of the item being requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequesteditemaccountselectionsType>,
    /// The id of the requested item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the requested item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The details for the sources and accounts for the requested item and identity combination
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<Sourceaccountselections>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Requesteditemaccountselections {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Requesteditemaccountselections {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Requesteditemaccountselections {
    const NAME: &'static str = "Requesteditemaccountselections";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountsSelectionBlocked" => {
                self.accounts_selection_blocked = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountsSelectionBlockedReason" => {
                self.accounts_selection_blocked_reason = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "sources" => self.sources = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
