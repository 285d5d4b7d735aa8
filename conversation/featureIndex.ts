/**
 * A fixed list of names, each looked up to its position: what `new Map(names.map((name, index) => [name, index]))`
 * answers, in a fraction of the memory. The intent classifier keeps about 130,000 feature names for eight languages
 * for the life of the process; as a Map (an entry and a string object per name) that was about 8 MB of heap, here one
 * string per list and two typed arrays.
 *
 * The names are joined into one string; `starts` says where each begins; an open-addressed hash table (FNV-1a over the
 * UTF-16 code units, linear probing, at most half full) holds each name's position. A name listed twice answers its
 * last position, as the Map did.
 */
export class FeatureIndex {
    private readonly text: string;
    /** Name i is text[starts[i] .. starts[i + 1]). */
    private readonly starts: Uint32Array;
    /** Position + 1 of the name hashed here, 0 for an empty slot. */
    private readonly slots: Uint32Array;
    private readonly mask: number;

    constructor(names: readonly string[]) {
        this.text = names.join('');
        this.starts = new Uint32Array(names.length + 1);
        names.forEach((name, index) => (this.starts[index + 1] = this.starts[index] + name.length));
        let capacity = 1;
        while (capacity < names.length * 2) capacity *= 2;
        this.slots = new Uint32Array(capacity);
        this.mask = capacity - 1;
        names.forEach((name, index) => {
            let slot = hash(name) & this.mask;
            while (this.slots[slot] !== 0 && !this.holds(this.slots[slot] - 1, name)) slot = (slot + 1) & this.mask;
            this.slots[slot] = index + 1;
        });
    }

    /** How many names the list has. */
    get size(): number {
        return this.starts.length - 1;
    }

    /** The position of `name`, or undefined when it is not in the list. */
    get(name: string): number | undefined {
        let slot = hash(name) & this.mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry === 0) return undefined;
            if (this.holds(entry - 1, name)) return entry - 1;
            slot = (slot + 1) & this.mask;
        }
    }

    /** The name at `index`. */
    name(index: number): string {
        return this.text.slice(this.starts[index], this.starts[index + 1]);
    }

    /** Every name, in order. */
    names(): string[] {
        return Array.from({ length: this.size }, (_, index) => this.name(index));
    }

    private holds(index: number, name: string): boolean {
        const start = this.starts[index];
        return this.starts[index + 1] - start === name.length && this.text.startsWith(name, start);
    }
}

function hash(name: string): number {
    let value = 0x811c9dc5;
    for (let index = 0; index < name.length; index += 1) value = Math.imul(value ^ name.charCodeAt(index), 0x01000193);
    return value >>> 0;
}
