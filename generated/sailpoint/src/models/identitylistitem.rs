//! `Identitylistitem`, from `apis/identity-history/schemas/identitylistitem.yaml`.

/// `Identitylistitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitylistitem {
    /// the identity ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the first name of the identity
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// the last name of the identity
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// indicates if an identity is active or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// the date when the identity was deleted
    #[serde(rename = "deletedDate", skip_serializing_if = "Option::is_none")]
    pub deleted_date: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitylistitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identitylistitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitylistitem {
    const NAME: &'static str = "Identitylistitem";

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
            "firstName" => {
                self.first_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "lastName" => {
                self.last_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "active" => self.active = map.next_value_seed(crate::lenient::FlagOption)?,
            "deletedDate" => {
                self.deleted_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
