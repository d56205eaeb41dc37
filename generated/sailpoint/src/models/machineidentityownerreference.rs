//! `Machineidentityownerreference`, from `apis/triggers/schemas/machineidentityownerreference.yaml`.

/// Reference to an owner of the machine identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityownerreference {
    /// Owner's type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Owner ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Owner's display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Indicates if this owner is the primary owner.
    #[serde(rename = "isPrimary", skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Machineidentityownerreference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: impl Into<String>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Machineidentityownerreference {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            is_primary: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityownerreference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityownerreference {
    const NAME: &'static str = "Machineidentityownerreference";

    #[inline]
    fn empty() -> Self {
        Machineidentityownerreference {
            r#type: Default::default(),
            id: Default::default(),
            name: Default::default(),
            is_primary: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "isPrimary" => {
                self.is_primary = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
