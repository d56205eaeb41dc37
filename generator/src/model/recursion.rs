//! Types that contain themselves must hold a `Box` somewhere on the cycle.

use super::types::{TypeDef, TypeId, TypeKind, TypeRef};

/// Marks each field and union variant that holds, without indirection (a `Vec` or a map is one),
/// a type that can reach back to its owner.
pub fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = types.iter().map(direct_members).collect();
    let reaches = |from: TypeId, to: TypeId| -> bool {
        let mut seen = vec![false; edges.len()];
        let mut stack = vec![from];
        while let Some(node) = stack.pop() {
            if node == to {
                return true;
            }
            if !std::mem::replace(&mut seen[node.0], true) {
                stack.extend(edges[node.0].iter().copied());
            }
        }
        false
    };
    let mut marks = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        let members: Vec<Option<TypeId>> = match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| direct(&f.ty)).collect(),
            TypeKind::Union(u) => u.variants.iter().map(|v| direct(&v.ty)).collect(),
            _ => continue,
        };
        for (index, member) in members.into_iter().enumerate() {
            if member.is_some_and(|target| reaches(target, TypeId(owner))) {
                marks.push((owner, index));
            }
        }
    }
    for (owner, index) in marks {
        match &mut types[owner].kind {
            TypeKind::Struct(s) => s.fields[index].boxed = true,
            TypeKind::Union(u) => u.variants[index].boxed = true,
            _ => {}
        }
    }
}

fn direct(ty: &TypeRef) -> Option<TypeId> {
    ty.named()
}

fn direct_members(def: &TypeDef) -> Vec<TypeId> {
    match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| direct(&f.ty)).collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| direct(&v.ty)).collect(),
        TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}
