//! `Identityaccountselections`, from `apis/access-requests/schemas/identityaccountselections.yaml`.

use crate::models::{Dtotype, Requesteditemaccountselections};

/// `Identityaccountselections` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityaccountselections {
    /// Available account selections for the identity, per requested item
    #[serde(rename = "requestedItems", skip_serializing_if = "Option::is_none")]
    pub requested_items: Option<Vec<Requesteditemaccountselections>>,
    /// A boolean indicating whether any account selections will be required for the user to raise an access request
    #[serde(
        rename = "accountsSelectionRequired",
        skip_serializing_if = "Option::is_none"
    )]
    pub accounts_selection_required: Option<bool>,
    /// DTO type of the requested-for identity. * `IDENTITY` for human identities. * `MACHINE_IDENTITY` for machine identities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Dtotype>,
    /// The identity id for the requested-for identity. * `IDENTITY`: the human identity id. * `MACHINE_IDENTITY`: the machine identity id (not the correlated human identity).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityaccountselections {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityaccountselections {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityaccountselections {
    const NAME: &'static str = "Identityaccountselections";

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
            "requestedItems" => self.requested_items = map.next_value()?,
            "accountsSelectionRequired" => {
                self.accounts_selection_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
