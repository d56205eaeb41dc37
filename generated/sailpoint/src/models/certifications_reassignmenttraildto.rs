//! `CertificationsReassignmenttraildto`, from `apis/certifications/schemas/reassignmenttraildto.yaml`.

/// `CertificationsReassignmenttraildto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CertificationsReassignmenttraildto {
    /// The ID of previous owner identity.
    #[serde(rename = "previousOwner", skip_serializing_if = "Option::is_none")]
    pub previous_owner: Option<String>,
    /// The ID of new owner identity.
    #[serde(rename = "newOwner", skip_serializing_if = "Option::is_none")]
    pub new_owner: Option<String>,
    /// The type of reassignment.
    #[serde(rename = "reassignmentType", skip_serializing_if = "Option::is_none")]
    pub reassignment_type: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationsReassignmenttraildto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for CertificationsReassignmenttraildto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CertificationsReassignmenttraildto {
    const NAME: &'static str = "CertificationsReassignmenttraildto";

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
            "previousOwner" => {
                self.previous_owner = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "newOwner" => {
                self.new_owner = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignmentType" => {
                self.reassignment_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
