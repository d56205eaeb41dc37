//! `Roleminingsessiondraftroledto`, from `apis/iai-role-mining/schemas/roleminingsessiondraftroledto.yaml`.

use crate::models::Roleminingroletype;

/// `Roleminingsessiondraftroledto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingsessiondraftroledto {
    /// Name of the draft role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Draft role description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The list of identities for this role mining session.
    #[serde(rename = "identityIds", skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The list of entitlement ids for this role mining session.
    #[serde(rename = "entitlementIds", skip_serializing_if = "Option::is_none")]
    pub entitlement_ids: Option<Vec<String>>,
    /// The list of excluded entitlement ids.
    #[serde(rename = "excludedEntitlements", skip_serializing_if = "Option::is_none")]
    pub excluded_entitlements: Option<Vec<String>>,
    /// Last modified date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Role mining session type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// Id of the potential draft role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The date-time when this potential draft role was created.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time when this potential draft role was modified.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingsessiondraftroledto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingsessiondraftroledto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingsessiondraftroledto {
    const NAME: &'static str = "Roleminingsessiondraftroledto";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityIds" => self.identity_ids = map.next_value()?,
            "entitlementIds" => self.entitlement_ids = map.next_value()?,
            "excludedEntitlements" => self.excluded_entitlements = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
