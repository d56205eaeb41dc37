//! `AccountattributeschangedSource`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/source`.

use crate::models::AccountattributeschangedSourceType;

/// The source that contains the account.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountattributeschangedSource {
    /// ID of the object to which this reference applies
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The type of object that is referenced
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccountattributeschangedSourceType>,
    /// Human-readable display name of the object to which this reference applies
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountattributeschangedSource {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        r#type: AccountattributeschangedSourceType,
        name: impl Into<String>,
    ) -> Self {
        AccountattributeschangedSource {
            id: id.into(),
            r#type: Some(r#type),
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountattributeschangedSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountattributeschangedSource {
    const NAME: &'static str = "AccountattributeschangedSource";

    #[inline]
    fn empty() -> Self {
        AccountattributeschangedSource {
            id: Default::default(),
            r#type: None,
            name: Default::default(),
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
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
