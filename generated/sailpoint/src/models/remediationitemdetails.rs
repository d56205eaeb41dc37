//! `Remediationitemdetails`, from `apis/work-items/schemas/remediationitemdetails.yaml`.

/// `Remediationitemdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Remediationitemdetails {
    /// The ID of the certification
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the certification target
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// The name of the certification target
    #[serde(rename = "targetName", skip_serializing_if = "Option::is_none")]
    pub target_name: Option<String>,
    /// The display name of the certification target
    #[serde(rename = "targetDisplayName", skip_serializing_if = "Option::is_none")]
    pub target_display_name: Option<String>,
    /// The name of the application/source
    #[serde(rename = "applicationName", skip_serializing_if = "Option::is_none")]
    pub application_name: Option<String>,
    /// The name of the attribute being certified
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The operation of the certification on the attribute
    #[serde(rename = "attributeOperation", skip_serializing_if = "Option::is_none")]
    pub attribute_operation: Option<String>,
    /// The value of the attribute being certified
    #[serde(rename = "attributeValue", skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The native identity of the target
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Remediationitemdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Remediationitemdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Remediationitemdetails {
    const NAME: &'static str = "Remediationitemdetails";

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
            "targetId" => {
                self.target_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetName" => {
                self.target_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetDisplayName" => {
                self.target_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationName" => {
                self.application_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeOperation" => {
                self.attribute_operation = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeValue" => {
                self.attribute_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
