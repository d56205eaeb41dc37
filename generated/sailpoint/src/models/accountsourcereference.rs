//! `Accountsourcereference`, from `apis/triggers/schemas/accountsourcereference.yaml`.

use crate::models::{AccountsourcereferenceGovernanceGroup, AccountsourcereferenceOwner};

/// Details about the account source.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountsourcereference {
    /// The unique ID of the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The alias of the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub alias: String,
    /// Details about the owner of the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<AccountsourcereferenceOwner>,
    /// Details about the governance group of the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "governanceGroup", skip_serializing_if = "Option::is_none")]
    pub governance_group: Option<AccountsourcereferenceGovernanceGroup>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountsourcereference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        alias: impl Into<String>,
        owner: AccountsourcereferenceOwner,
        governance_group: AccountsourcereferenceGovernanceGroup,
    ) -> Self {
        Accountsourcereference {
            id: id.into(),
            name: name.into(),
            alias: alias.into(),
            owner: Some(owner),
            governance_group: Some(governance_group),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountsourcereference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountsourcereference {
    const NAME: &'static str = "Accountsourcereference";

    #[inline]
    fn empty() -> Self {
        Accountsourcereference {
            id: Default::default(),
            name: Default::default(),
            alias: Default::default(),
            owner: None,
            governance_group: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "alias" => self.alias = map.next_value_seed(crate::lenient::Text)?,
            "owner" => self.owner = map.next_value()?,
            "governanceGroup" => self.governance_group = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
