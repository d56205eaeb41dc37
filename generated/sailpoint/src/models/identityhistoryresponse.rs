//! `Identityhistoryresponse`, from `apis/identity-history/schemas/identityhistoryresponse.yaml`.

/// `Identityhistoryresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityhistoryresponse {
    /// the identity ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the date when the identity record was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// the date when the identity was deleted
    #[serde(rename = "deletedDate", skip_serializing_if = "Option::is_none")]
    pub deleted_date: Option<String>,
    /// A map containing the count of each access item
    #[serde(rename = "accessItemCount", skip_serializing_if = "Option::is_none")]
    pub access_item_count: Option<std::collections::BTreeMap<String, i32>>,
    /// A map containing the identity attributes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityhistoryresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityhistoryresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityhistoryresponse {
    const NAME: &'static str = "Identityhistoryresponse";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "snapshot" => {
                self.snapshot = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "deletedDate" => {
                self.deleted_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessItemCount" => self.access_item_count = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
