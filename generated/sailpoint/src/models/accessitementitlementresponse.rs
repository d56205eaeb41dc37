//! `Accessitementitlementresponse`, from `apis/identity-history/schemas/accessitementitlementresponse.yaml`.

/// `Accessitementitlementresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitementitlementresponse {
    /// the access item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the entitlement attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub attribute: String,
    /// the associated value
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub value: String,
    /// the type of entitlement
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// the description for the entitlment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the id of the source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// indicates whether the entitlement is standalone
    pub standalone: Option<bool>,
    /// indicates whether the entitlement is privileged
    pub privileged: Option<bool>,
    /// indicates whether the entitlement is cloud governed
    #[serde(rename = "cloudGoverned")]
    pub cloud_governed: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitementitlementresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        attribute: impl Into<String>,
        value: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Accessitementitlementresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            attribute: attribute.into(),
            value: value.into(),
            r#type: r#type.into(),
            description: None,
            source_id: None,
            standalone: None,
            privileged: None,
            cloud_governed: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitementitlementresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitementitlementresponse {
    const NAME: &'static str = "Accessitementitlementresponse";

    #[inline]
    fn empty() -> Self {
        Accessitementitlementresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            attribute: Default::default(),
            value: Default::default(),
            r#type: Default::default(),
            description: None,
            source_id: None,
            standalone: None,
            privileged: None,
            cloud_governed: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "accessType" => {
                self.access_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attribute" => self.attribute = map.next_value_seed(crate::lenient::Text)?,
            "value" => self.value = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "standalone" => {
                self.standalone = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "privileged" => {
                self.privileged = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "cloudGoverned" => {
                self.cloud_governed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
