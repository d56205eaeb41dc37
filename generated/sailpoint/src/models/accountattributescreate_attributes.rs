//! `AccountattributescreateAttributes`, from `apis/accounts/schemas/accountattributescreate.yaml#/properties/attributes`.

/// The schema attribute values for the account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountattributescreateAttributes {
    /// Target source to create an account
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl AccountattributescreateAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(source_id: impl Into<String>) -> Self {
        AccountattributescreateAttributes {
            source_id: source_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountattributescreateAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountattributescreateAttributes {
    const NAME: &'static str = "AccountattributescreateAttributes";

    #[inline]
    fn empty() -> Self {
        AccountattributescreateAttributes {
            source_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
